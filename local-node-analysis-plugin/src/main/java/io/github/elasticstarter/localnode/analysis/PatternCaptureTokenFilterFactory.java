package io.github.elasticstarter.localnode.analysis;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.pattern.PatternCaptureGroupTokenFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.ListSetting;

/**
 * The {@code pattern_capture} token filter: emits every capture group of every pattern as a token, like the filter
 * of the same name in Elasticsearch's {@code analysis-common} module.
 */
@NamedComponent("pattern_capture")
public class PatternCaptureTokenFilterFactory implements TokenFilterFactory {

	private final Pattern[] patterns;
	private final boolean preserveOriginal;

	/**
	 * Reads the filter's settings.
	 * @param settings the {@code patterns} and {@code preserve_original} settings of the filter definition
	 */
	@Inject
	public PatternCaptureTokenFilterFactory(Settings settings) {
		// Elasticsearch also builds every registered filter once with empty settings, so no patterns must not fail.
		List<String> regexes = settings.patterns() == null ? List.of() : settings.patterns();
		this.patterns = regexes.stream().map(Pattern::compile).toArray(Pattern[]::new);
		this.preserveOriginal = settings.preserveOriginal();
	}

	@Override
	public TokenStream create(TokenStream tokenStream) {
		if (patterns.length == 0) {
			return tokenStream;
		}
		return new PatternCaptureGroupTokenFilter(tokenStream, preserveOriginal, patterns);
	}

	/** Settings of the {@code pattern_capture} filter. */
	@AnalysisSettings
	public interface Settings {

		/**
		 * The {@code patterns} setting.
		 * @return the regular expressions whose capture groups become tokens
		 */
		@ListSetting(path = "patterns")
		List<String> patterns();

		/**
		 * The {@code preserve_original} setting.
		 * @return whether the original token is emitted too
		 */
		@BooleanSetting(path = "preserve_original", defaultValue = true)
		boolean preserveOriginal();
	}
}
