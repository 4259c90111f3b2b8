package io.github.elasticstarter.integration;

import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.BeanUtils;
import org.springframework.util.ClassUtils;
import org.springframework.util.unit.DataSize;

/**
 * The Markdown reference of this project's configuration properties, rendered from the
 * {@code META-INF/spring-configuration-metadata.json} files that the configuration processor
 * writes from the javadoc of the properties classes (plus the hand-written additions merged
 * into them).
 * <p>
 * One section per group (the prefix of a properties class or of one of its nested classes),
 * in a fixed order for the groups known today and alphabetically after them for the others.
 * A map of a properties class ({@code elastic.clients}) gets a section of its own that refers to
 * the sections its value class shares instead of repeating them per key.
 */
final class PropertiesReference {

	/** Where the project's types live: metadata naming none of them belongs to a library. */
	static final String PROJECT_PACKAGE = "io.github.elasticstarter.";

	static final String METADATA_RESOURCE = "META-INF/spring-configuration-metadata.json";

	/** Sections in reading order: the client, its parts, then the features beside it. */
	private static final List<String> SECTION_ORDER = List.of("elastic", "elastic.ssl", "elastic.pool",
			"elastic.retry", "elastic.sniffing", "elastic.curl-log", "elastic.bulk", "elastic.clients",
			"elastic.local-node");

	/** An inline javadoc tag that the configuration processor left in a description. */
	private static final Pattern INLINE_TAG = Pattern.compile("\\{@(?:code|literal|link|linkplain)\\s+([^}]*)}");

	private static final Pattern QUALIFIED_NAME = Pattern.compile("(?:[a-z_][\\w]*\\.)+([A-Z][\\w$]*)");

	private final List<Property> properties = new ArrayList<>();

	private final List<Group> groups = new ArrayList<>();

	private final Map<String, List<Hint>> hints = new LinkedHashMap<>();

	private final ClassLoader classLoader;

	private final Function<Field, Optional<String>> fieldDocumentation;

	/**
	 * @param metadata the parsed metadata files (JSON objects as maps and lists)
	 * @param classLoader where the types that the metadata names are loaded from (enum
	 * constants, the value class of a map)
	 * @param fieldDocumentation the description of a field that no metadata describes (an own
	 * property of a map's value class)
	 */
	PropertiesReference(List<Map<String, Object>> metadata, ClassLoader classLoader,
			Function<Field, Optional<String>> fieldDocumentation) {
		this.classLoader = classLoader;
		this.fieldDocumentation = fieldDocumentation;
		for (Map<String, Object> file : metadata) {
			for (Map<String, Object> group : objects(file.get("groups"))) {
				this.groups.add(new Group(string(group, "name"), nullableString(group, "type"),
						nullableString(group, "description")));
			}
			for (Map<String, Object> property : objects(file.get("properties"))) {
				this.properties.add(Property.of(property));
			}
			for (Map<String, Object> hint : objects(file.get("hints"))) {
				List<Hint> values = this.hints.computeIfAbsent(string(hint, "name"), (name) -> new ArrayList<>());
				for (Map<String, Object> value : objects(hint.get("values"))) {
					values.add(new Hint(value.get("value"), nullableString(value, "description")));
				}
			}
		}
		this.properties.sort(Comparator.comparing(Property::name));
	}

	/**
	 * The metadata files of this project on the class path: those naming one of its types as
	 * the source of a group or property.
	 * @param classLoader the class path to read
	 * @return the parsed files, in class path order
	 */
	static List<Map<String, Object>> projectMetadata(ClassLoader classLoader) {
		JsonMapper json = JsonMapper.builder().build();
		List<Map<String, Object>> files = new ArrayList<>();
		try {
			for (URL url : Collections.list(classLoader.getResources(METADATA_RESOURCE))) {
				try (InputStream in = url.openStream()) {
					Map<String, Object> file = json.readValue(in, json.getTypeFactory()
						.constructMapType(LinkedHashMap.class, String.class, Object.class));
					if (isProjects(file)) {
						files.add(file);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

	private static boolean isProjects(Map<String, Object> file) {
		List<Map<String, Object>> items = new ArrayList<>(objects(file.get("groups")));
		items.addAll(objects(file.get("properties")));
		return items.stream()
			.map((item) -> nullableString(item, "sourceType"))
			.anyMatch((type) -> type != null && type.startsWith(PROJECT_PACKAGE));
	}

	/** @return every property the metadata lists, a map of a properties class as one */
	List<String> propertyNames() {
		return this.properties.stream().map(Property::name).toList();
	}

	/** @return the properties whose metadata has no description */
	List<String> undescribed() {
		return this.properties.stream().filter((property) -> property.description() == null).map(Property::name).toList();
	}

	/**
	 * @param header the lines above the first section (title, how the file is made)
	 * @return the reference as Markdown
	 */
	String render(String header) {
		StringBuilder out = new StringBuilder(header);
		Map<String, List<Property>> sections = new TreeMap<>(Comparator.comparingInt(PropertiesReference::rank)
			.thenComparing(Comparator.naturalOrder()));
		for (Property property : this.properties) {
			String section = (valueClassOfMap(property) != null) ? property.name() : sectionOf(property.name());
			sections.computeIfAbsent(section, (name) -> new ArrayList<>()).add(property);
		}
		sections.forEach((section, members) -> {
			Property map = (members.size() == 1 && valueClassOfMap(members.get(0)) != null) ? members.get(0) : null;
			out.append('\n');
			if (map != null) {
				renderMap(out, map);
			}
			else {
				out.append("## `").append(section).append(".*`\n\n");
				groupDescription(section).ifPresent((description) -> out.append(text(description)).append("\n\n"));
				tableHead(out);
				members.forEach((property) -> row(out, property));
			}
		});
		return out.toString();
	}

	private static int rank(String section) {
		int index = SECTION_ORDER.indexOf(section);
		return (index >= 0) ? index : SECTION_ORDER.size();
	}

	/** The longest group that contains the property, else the property's parent name. */
	private String sectionOf(String property) {
		return this.groups.stream()
			.map(Group::name)
			.filter((group) -> property.startsWith(group + "."))
			.max(Comparator.comparingInt(String::length))
			.orElseGet(() -> property.substring(0, Math.max(property.lastIndexOf('.'), 0)));
	}

	private Optional<String> groupDescription(String name) {
		return this.groups.stream()
			.filter((group) -> group.name().equals(name) && group.description() != null)
			.map(Group::description)
			.findFirst();
	}

	private static void tableHead(StringBuilder out) {
		out.append("| Property | Type | Default | Description |\n");
		out.append("| --- | --- | --- | --- |\n");
	}

	private void row(StringBuilder out, Property property) {
		List<String> description = new ArrayList<>();
		Deprecation deprecation = property.deprecation();
		if (deprecation != null) {
			description.add(deprecation.render());
		}
		if (property.description() != null) {
			description.add(text(property.description()));
		}
		String values = values(property);
		if (!values.isEmpty()) {
			description.add(values);
		}
		out.append("| ")
			.append(code(property.name()))
			.append((deprecation != null) ? " (deprecated)" : "")
			.append(" | ")
			.append(code(typeName(property.type())))
			.append(" | ")
			.append(code(defaultValue(property.type(), property.defaultValue())))
			.append(" | ")
			.append(String.join(" ", description))
			.append(" |\n");
	}

	/** Values from the hints, else the constants of an enum type. */
	private String values(Property property) {
		List<Hint> hinted = this.hints.getOrDefault(property.name(), List.of());
		Class<?> type = load(property.type());
		boolean isEnum = type != null && type.isEnum();
		if (!hinted.isEmpty()) {
			return (isEnum ? "Values: " : "Suggested values: ") + hinted.stream()
				.map((hint) -> code(defaultValue(null, hint.value()))
						+ ((hint.description() != null) ? " (" + text(stripPeriod(hint.description())) + ")" : ""))
				.collect(Collectors.joining(", ")) + ".";
		}
		if (isEnum) {
			return "Values: " + Arrays.stream(type.getEnumConstants())
				.map((constant) -> code(enumValue((Enum<?>) constant)))
				.collect(Collectors.joining(", ")) + ".";
		}
		return "";
	}

	/**
	 * A map whose values are properties classes ({@code elastic.clients.<name>.*}): the value
	 * class's properties that mirror those of the map's own prefix are referred to, the others
	 * described.
	 */
	private void renderMap(StringBuilder out, Property map) {
		Class<?> valueClass = valueClassOfMap(map);
		String prefix = map.name() + ".<name>";
		String parent = sectionOf(map.name());
		out.append("## `").append(prefix).append(".*`\n\n");
		if (map.description() != null) {
			out.append(text(map.description())).append("\n\n");
		}
		List<Hint> keys = this.hints.getOrDefault(map.name() + ".keys", List.of());
		if (!keys.isEmpty()) {
			out.append("Example: ")
				.append(keys.stream()
					.map((key) -> code(map.name() + "." + key.value() + ".*"))
					.collect(Collectors.joining(", ")))
				.append(".\n\n");
		}
		List<String> sharedLeaves = new ArrayList<>();
		List<String> sharedGroups = new ArrayList<>();
		List<PropertyDescriptor> own = new ArrayList<>();
		for (PropertyDescriptor descriptor : BeanUtils.getPropertyDescriptors(valueClass)) {
			Method getter = descriptor.getReadMethod();
			if (getter == null || getter.getDeclaringClass() == Object.class) {
				continue;
			}
			String name = kebab(descriptor.getName());
			String mirrored = parent + "." + name;
			if (this.properties.stream().anyMatch((property) -> property.name().equals(mirrored))) {
				sharedLeaves.add(name);
			}
			else if (this.groups.stream()
				.anyMatch((group) -> group.name().equals(mirrored)
						&& descriptor.getPropertyType().getName().equals(group.type()))) {
				sharedGroups.add(name);
			}
			else if (descriptor.getWriteMethod() != null) {
				own.add(descriptor);
			}
			else if (descriptor.getPropertyType().getName().startsWith(PROJECT_PACKAGE)) {
				throw new IllegalStateException("No metadata group '" + mirrored + "' of type "
						+ descriptor.getPropertyType().getName() + " to refer to for '" + prefix + "." + name
						+ "': describe its properties in PropertiesReference");
			}
		}
		Collections.sort(sharedLeaves);
		Collections.sort(sharedGroups);
		tableHead(out);
		out.append("| ")
			.append(code(prefix + ".*"))
			.append(" |  |  | Same as ")
			.append(code(parent + ".*"))
			.append(", with the same type and default, for each of: ")
			.append(sharedLeaves.stream().map(PropertiesReference::code).collect(Collectors.joining(", ")))
			.append(". |\n");
		for (String group : sharedGroups) {
			out.append("| ")
				.append(code(prefix + "." + group + ".*"))
				.append(" |  |  | Same as ")
				.append(code(parent + "." + group + ".*"))
				.append(", with the same types and defaults. |\n");
		}
		Object defaults = BeanUtils.instantiateClass(valueClass);
		own.sort(Comparator.comparing(PropertyDescriptor::getName));
		for (PropertyDescriptor descriptor : own) {
			Field field = field(valueClass, descriptor.getName());
			String description = this.fieldDocumentation.apply(field)
				.orElseThrow(() -> new IllegalStateException("No description of " + field
						+ ": the metadata does not describe a map's values, so its javadoc is read from the sources"));
			Object value;
			try {
				value = descriptor.getReadMethod().invoke(defaults);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
			Class<?> type = ClassUtils.resolvePrimitiveIfNecessary(descriptor.getPropertyType());
			out.append("| ")
				.append(code(prefix + "." + kebab(descriptor.getName())))
				.append(" | ")
				.append(code(typeName(field.getType().isPrimitive() ? type.getName()
						: field.getGenericType().getTypeName())))
				.append(" | ")
				.append(code(defaultValue(type.getName(), value)))
				.append(" | ")
				.append(text(description))
				.append(" |\n");
		}
	}

	private @Nullable Class<?> valueClassOfMap(Property property) {
		String type = property.type();
		if (type == null || !type.startsWith("java.util.Map<java.lang.String,")) {
			return null;
		}
		Class<?> value = load(type.substring("java.util.Map<java.lang.String,".length(), type.length() - 1));
		return (value != null && value.getName().startsWith(PROJECT_PACKAGE) && !value.isEnum()) ? value : null;
	}

	private @Nullable Class<?> load(@Nullable String type) {
		if (type == null || type.contains("<")) {
			return null;
		}
		try {
			return ClassUtils.forName(type, this.classLoader);
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return null;
		}
	}

	private static Field field(Class<?> type, String name) {
		for (Class<?> current = type; current != null; current = current.getSuperclass()) {
			try {
				return current.getDeclaredField(name);
			}
			catch (NoSuchFieldException ex) {
				// in a superclass
			}
		}
		throw new IllegalStateException("No field '" + name + "' in " + type.getName() + " or its superclasses");
	}

	/** {@code java.util.List<java.lang.Integer>} as {@code List<Integer>}; nested classes by their own name. */
	static String typeName(@Nullable String type) {
		if (type == null) {
			return "";
		}
		Matcher matcher = QUALIFIED_NAME.matcher(type);
		StringBuilder simple = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			matcher.appendReplacement(simple, Matcher.quoteReplacement(name.substring(name.lastIndexOf('$') + 1)));
		}
		matcher.appendTail(simple);
		return simple.toString().replace(",", ", ");
	}

	/** A default as a user writes it in {@code application.yml}: {@code 30s}, {@code 10MB}, {@code 1, 2}. */
	static String defaultValue(@Nullable String type, @Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Collection<?> values) {
			return values.stream().map((element) -> defaultValue(null, element)).collect(Collectors.joining(", "));
		}
		if (value instanceof Duration duration) {
			return duration(duration);
		}
		if (value instanceof DataSize size) {
			return dataSize(size);
		}
		if (value instanceof Enum<?> constant) {
			return enumValue(constant);
		}
		if ("java.time.Duration".equals(type) && value instanceof String text && text.startsWith("P")) {
			return duration(Duration.parse(text));
		}
		return String.valueOf(value);
	}

	private static String duration(Duration duration) {
		long millis = duration.toMillis();
		if (millis == 0 || !duration.equals(Duration.ofMillis(millis))) {
			return duration.isZero() ? "0ms" : duration.toNanos() + "ns";
		}
		long[] sizes = { 86_400_000, 3_600_000, 60_000, 1000, 1 };
		String[] units = { "d", "h", "m", "s", "ms" };
		for (int i = 0; i < sizes.length; i++) {
			if (millis % sizes[i] == 0) {
				return (millis / sizes[i]) + units[i];
			}
		}
		throw new IllegalStateException("unreachable");
	}

	private static String dataSize(DataSize size) {
		long bytes = size.toBytes();
		long[] sizes = { 1L << 40, 1L << 30, 1L << 20, 1L << 10 };
		String[] units = { "TB", "GB", "MB", "KB" };
		for (int i = 0; i < sizes.length; i++) {
			if (bytes != 0 && bytes % sizes[i] == 0) {
				return (bytes / sizes[i]) + units[i];
			}
		}
		return bytes + "B";
	}

	private static String enumValue(Enum<?> constant) {
		return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static String kebab(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	/** A code span in a table cell: empty for nothing, pipes escaped (GFM splits cells on them even in code). */
	static String code(String value) {
		if (value.isEmpty()) {
			return "";
		}
		String fence = value.contains("`") ? "`` " : "`";
		return fence + value.replace("|", "\\|") + new StringBuilder(fence).reverse();
	}

	/** Prose in a table cell: one line, with what Markdown or HTML would read as markup escaped. */
	static String text(String value) {
		StringBuilder out = new StringBuilder();
		for (char c : value.strip().replaceAll("\\s+", " ").toCharArray()) {
			switch (c) {
				case '\\', '|', '*', '_', '`', '[', ']' -> out.append('\\').append(c);
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	private static String stripPeriod(String text) {
		String stripped = text.strip();
		return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> objects(@Nullable Object list) {
		return (list instanceof List<?> items) ? (List<Map<String, Object>>) items : List.of();
	}

	private static String string(Map<String, Object> object, String key) {
		String value = nullableString(object, key);
		if (value == null) {
			throw new IllegalStateException("Metadata item without '" + key + "': " + object);
		}
		return value;
	}

	private static @Nullable String nullableString(Map<String, Object> object, String key) {
		Object value = object.get(key);
		return (value != null) ? value.toString() : null;
	}

	record Group(String name, @Nullable String type, @Nullable String description) {
	}

	record Hint(@Nullable Object value, @Nullable String description) {
	}

	/**
	 * A property as its metadata describes it.
	 * @param deprecation how it is deprecated, or {@code null} when it is not
	 */
	record Property(String name, @Nullable String type, @Nullable String description, @Nullable Object defaultValue,
			@Nullable Deprecation deprecation) {

		@SuppressWarnings("unchecked")
		static Property of(Map<String, Object> item) {
			Deprecation deprecation = null;
			if (item.get("deprecation") instanceof Map<?, ?> details) {
				Map<String, Object> fields = (Map<String, Object>) details;
				deprecation = new Deprecation("error".equals(fields.get("level")), nullableString(fields, "since"),
						nullableString(fields, "replacement"), nullableString(fields, "reason"));
			}
			else if (Boolean.TRUE.equals(item.get("deprecated"))) {
				deprecation = new Deprecation(false, null, null, null);
			}
			String description = nullableString(item, "description");
			return new Property(string(item, "name"), nullableString(item, "type"),
					(description != null) ? INLINE_TAG.matcher(description).replaceAll("$1") : null,
					item.get("defaultValue"), deprecation);
		}

	}

	/**
	 * @param removed whether the property no longer works (level "error") rather than still
	 * working for now
	 */
	record Deprecation(boolean removed, @Nullable String since, @Nullable String replacement,
			@Nullable String reason) {

		String render() {
			StringBuilder sentence = new StringBuilder(this.removed ? "**No longer supported" : "**Deprecated");
			if (this.since != null) {
				sentence.append(" since ").append(text(this.since));
			}
			sentence.append("**");
			if (this.replacement != null) {
				sentence.append(": use ").append(code(this.replacement)).append(" instead");
			}
			sentence.append('.');
			if (this.reason != null) {
				sentence.append(' ').append(text(this.reason));
			}
			return sentence.toString();
		}

	}

}
