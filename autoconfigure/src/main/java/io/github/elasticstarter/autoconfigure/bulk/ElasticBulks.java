package io.github.elasticstarter.autoconfigure.bulk;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.util.ClassUtils;

/**
 * Builds the {@link ElasticBulk} of a named client, with meters tagged with its name.
 */
public final class ElasticBulks {

	private static final boolean MICROMETER = ClassUtils.isPresent("io.micrometer.core.instrument.MeterRegistry",
			ElasticBulks.class.getClassLoader());

	private ElasticBulks() {
	}

	/**
	 * Create the bulk loads of one client.
	 * @param client the client's name, the {@code client} tag of the meters
	 * @param asyncClient the client
	 * @param properties the bulk defaults
	 * @param beanFactory where to find a {@code MeterRegistry}
	 * @return the bulk loads
	 */
	public static ElasticBulk create(String client, ElasticsearchAsyncClient asyncClient,
			ElasticBulkProperties properties, BeanFactory beanFactory) {
		LoadMeters.Factory meters = MICROMETER ? Meters.factory(client, beanFactory) : LoadMeters.Factory.NONE;
		return new ElasticBulk(asyncClient, properties, meters);
	}

	/**
	 * The life cycle that finishes the open loads before the client's connection pool closes.
	 * @param bulk the bulk loads
	 * @return the life cycle
	 */
	public static SmartLifecycle lifecycle(ElasticBulk bulk) {
		return new ElasticBulkLifecycle(bulk);
	}

	private static final class Meters {

		static LoadMeters.Factory factory(String client, BeanFactory beanFactory) {
			MeterRegistry registry = beanFactory.getBeanProvider(MeterRegistry.class).getIfUnique();
			return (registry != null) ? MicrometerLoadMeters.factory(registry, client) : LoadMeters.Factory.NONE;
		}

	}

}
