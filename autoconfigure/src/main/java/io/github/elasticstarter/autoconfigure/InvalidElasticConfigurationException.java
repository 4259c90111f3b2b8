package io.github.elasticstarter.autoconfigure;

import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.elasticstarter.options.InvalidOptionException;

/**
 * Thrown when the {@code elastic.*} configuration cannot produce a working client. It names
 * the property, says what is wrong and how to fix it, and never carries a secret value.
 */
public class InvalidElasticConfigurationException extends RuntimeException {

	private static final Pattern PROPERTY = Pattern.compile("(?<![\\w.-])elastic\\.(?!local-node\\.|clients\\.)");

	/**
	 * The property at fault, such as {@code elastic.cloud-id}.
	 */
	private final String property;

	/**
	 * What is wrong with the property's value, without the value if it is a secret.
	 */
	private final String problem;

	/**
	 * How to fix it.
	 */
	private final String action;

	/**
	 * Create a new instance.
	 * @param property the property at fault, such as {@code elastic.cloud-id}
	 * @param problem what is wrong, without echoing secret values
	 * @param action how to fix it
	 */
	public InvalidElasticConfigurationException(String property, String problem, String action) {
		super(property + ": " + problem);
		this.property = property;
		this.problem = problem;
		this.action = action;
	}

	/**
	 * Check options built from properties, and turn an option out of range into the failure
	 * report that names its property.
	 * @param <T> the type of the options
	 * @param prefix the properties' prefix, such as {@code elastic.bulk}
	 * @param check checks the options and returns them
	 * @return the options
	 */
	public static <T> T forOptions(String prefix, Supplier<T> check) {
		try {
			return check.get();
		}
		catch (InvalidOptionException ex) {
			String property = prefix + "." + ex.getOption();
			throw new InvalidElasticConfigurationException(property, ex.getProblem(), ex.getAction("'" + property + "'"));
		}
	}

	/**
	 * Parse or check a value with a runtime type that refuses it with an
	 * {@link IllegalArgumentException} saying what is wrong, and turn the refusal into the
	 * failure report that names the property.
	 * @param <T> the type of the result
	 * @param property the property the value comes from
	 * @param action how to fix it
	 * @param parser parses or checks the value
	 * @return what the parser returns
	 */
	public static <T> T whenInvalid(String property, String action, Supplier<T> parser) {
		try {
			return parser.get();
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidElasticConfigurationException(property, String.valueOf(ex.getMessage()), action);
		}
	}

	/**
	 * The property at fault.
	 * @return the property's full name, such as {@code elastic.cloud-id}
	 */
	public String getProperty() {
		return this.property;
	}

	/**
	 * What is wrong, without echoing secret values.
	 * @return the problem
	 */
	public String getProblem() {
		return this.problem;
	}

	/**
	 * How to fix it.
	 * @return the action
	 */
	public String getAction() {
		return this.action;
	}

	/**
	 * The same error about a named client, with every {@code elastic.*} property it names moved
	 * under the client's prefix, so that the message names the property to change.
	 * @param prefix the client's prefix, such as {@code elastic.clients.archive}
	 * @return the error about the client's properties
	 */
	public InvalidElasticConfigurationException underPrefix(String prefix) {
		if (prefix.equals("elastic")) {
			return this;
		}
		String renamed = this.property.startsWith("elastic.") ? prefix + this.property.substring(7) : this.property;
		return new InvalidElasticConfigurationException(renamed, rename(this.problem, prefix),
				rename(this.action, prefix));
	}

	private static String rename(String text, String prefix) {
		return PROPERTY.matcher(text).replaceAll(Matcher.quoteReplacement(prefix + "."));
	}

}
