package io.github.elasticstarter.observation;

import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the observations of Elasticsearch API calls: {@code elastic.client.requests}
 * with low-cardinality tags {@code client} (the client's name, {@code default} for the un-named one),
 * {@code operation}, {@code outcome} and {@code status}. The outcome
 * is {@code success}, {@code not_found} for a 404 that the API answers with rather than fails
 * with (a {@code get} or {@code exists} of a missing document: an answer, not an error, as
 * Spring Boot's HTTP client metrics keep client errors apart from failures), or {@code error}.
 * Declare a bean of this type to change them.
 */
public interface ElasticObservationConvention extends ObservationConvention<ElasticRequestContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof ElasticRequestContext;
	}

	/**
	 * The default convention.
	 */
	ElasticObservationConvention DEFAULT = new ElasticObservationConvention() {

		@Override
		public String getName() {
			return "elastic.client.requests";
		}

		@Override
		public String getContextualName(ElasticRequestContext context) {
			return "elasticsearch " + context.getOperation();
		}

		@Override
		public KeyValues getLowCardinalityKeyValues(ElasticRequestContext context) {
			return KeyValues.of("client", context.getClient(), "operation", context.getOperation(), "outcome",
					outcome(context), "status", (context.getStatus() != null) ? String.valueOf(context.getStatus()) : "none",
					"db.system", "elasticsearch");
		}

		private String outcome(ElasticRequestContext context) {
			Integer status = context.getStatus();
			if (context.getError() != null || status == null) {
				return "error";
			}
			if (status == 404) {
				return "not_found";
			}
			return (status < 400) ? "success" : "error";
		}

	};

}
