package io.github.elasticstarter.autoconfigure.observation;

import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the observations of Elasticsearch API calls: {@code elastic.client.requests}
 * with low-cardinality tags {@code operation}, {@code outcome} ({@code success} or
 * {@code error}) and {@code status}. Declare a bean of this type to change them.
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
			boolean success = context.getError() == null && context.getStatus() != null && context.getStatus() < 400;
			return KeyValues.of("operation", context.getOperation(), "outcome", success ? "success" : "error",
					"status", (context.getStatus() != null) ? String.valueOf(context.getStatus()) : "none",
					"db.system", "elasticsearch");
		}

	};

}
