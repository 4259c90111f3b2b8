package io.github.elasticstarter.localnode.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * The {@code unique} token filter, approximated by Lucene's {@link RemoveDuplicatesTokenFilter}: it drops a token
 * equal to an earlier token at the same position. That is what {@code unique} does with
 * {@code only_on_same_position: true}, the form the {@code .security} index uses.
 */
@NamedComponent("unique")
public class UniqueTokenFilterFactory implements TokenFilterFactory {

	/** Creates the factory; the filter has no settings. */
	public UniqueTokenFilterFactory() {
	}

	@Override
	public TokenStream create(TokenStream tokenStream) {
		return new RemoveDuplicatesTokenFilter(tokenStream);
	}
}
