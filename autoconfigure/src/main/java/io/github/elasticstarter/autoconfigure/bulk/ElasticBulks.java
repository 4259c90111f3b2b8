package io.github.elasticstarter.autoconfigure.bulk;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import io.github.elasticstarter.autoconfigure.InvalidElasticConfigurationException;
import io.github.elasticstarter.bulk.BulkOptions;
import io.github.elasticstarter.bulk.ElasticBulk;
import io.github.elasticstarter.bulk.ElasticBulkLifecycle;
import io.github.elasticstarter.bulk.LoadMeters;
import io.github.elasticstarter.bulk.MicrometerLoadMeters;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.context.SmartLifecycle;
import org.springframework.util.ClassUtils;

/**
 * Maps the {@code elastic.bulk.*} properties onto {@link BulkOptions}, and builds the
 * {@link ElasticBulk} of a named client, with meters tagged with its name.
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
		return new ElasticBulk(asyncClient, options(properties), meters);
	}

	/**
	 * The default options of every load, from the properties.
	 * @param properties the properties
	 * @return the options
	 * @throws InvalidElasticConfigurationException naming the property out of range
	 */
	public static BulkOptions options(ElasticBulkProperties properties) {
		BulkOptions options = new BulkOptions();
		PropertyMapper map = PropertyMapper.get();
		map.from(properties::getMaxOperations).to(options::maxOperations);
		map.from(properties::getMaxBytes).to(options::maxBytes);
		map.from(properties::getConcurrency).to(options::concurrency);
		map.from(properties::getFlushInterval).to(options::flushInterval);
		map.from(properties::getMaxRetries).to(options::maxRetries);
		map.from(properties::getInitialBackoff).to(options::initialBackoff);
		map.from(properties::getMaxBackoff).to(options::maxBackoff);
		map.from(properties::getMaxWait).to(options::maxWait);
		map.from(properties::getProgressInterval).to(options::progressInterval);
		return InvalidElasticConfigurationException.forOptions("elastic.bulk", options::validate);
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
