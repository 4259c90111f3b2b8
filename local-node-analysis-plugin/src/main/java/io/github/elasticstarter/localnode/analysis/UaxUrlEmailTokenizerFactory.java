package io.github.elasticstarter.localnode.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.IntSetting;

/**
 * The {@code uax_url_email} tokenizer: Unicode text segmentation that keeps URLs and e-mail addresses whole, backed by
 * Lucene's {@link UAX29URLEmailTokenizer}.
 */
@NamedComponent("uax_url_email")
public class UaxUrlEmailTokenizerFactory implements TokenizerFactory {

	private final int maxTokenLength;

	/**
	 * Reads the tokenizer's settings.
	 * @param settings the {@code max_token_length} setting of the tokenizer definition
	 */
	@Inject
	public UaxUrlEmailTokenizerFactory(Settings settings) {
		this.maxTokenLength = settings.maxTokenLength();
	}

	@Override
	public Tokenizer create() {
		UAX29URLEmailTokenizer tokenizer = new UAX29URLEmailTokenizer();
		tokenizer.setMaxTokenLength(maxTokenLength);
		return tokenizer;
	}

	/** Settings of the {@code uax_url_email} tokenizer. */
	@AnalysisSettings
	public interface Settings {

		/**
		 * The {@code max_token_length} setting.
		 * @return the longest token emitted; longer ones are split
		 */
		@IntSetting(path = "max_token_length", defaultValue = StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH)
		int maxTokenLength();
	}
}
