package io.github.elasticstarter.autoconfigure.scan;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import io.github.elasticstarter.autoconfigure.InvalidElasticConfigurationException;
import io.github.elasticstarter.scan.ElasticScan;
import io.github.elasticstarter.scan.ElasticScanLifecycle;
import io.github.elasticstarter.scan.MicrometerScanMeters;
import io.github.elasticstarter.scan.ScanMeters;
import io.github.elasticstarter.scan.ScanOptions;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.context.SmartLifecycle;
import org.springframework.util.ClassUtils;

/**
 * Maps the {@code elastic.scan.*} properties onto {@link ScanOptions}, and builds the
 * {@link ElasticScan} of a named client, with meters tagged with its name.
 */
public final class ElasticScans {

	private static final boolean MICROMETER = ClassUtils.isPresent("io.micrometer.core.instrument.MeterRegistry",
			ElasticScans.class.getClassLoader());

	private ElasticScans() {
	}

	/**
	 * Create the scans of one client.
	 * @param client the client's name, the {@code client} tag of the meters
	 * @param asyncClient the client
	 * @param properties the scan defaults
	 * @param beanFactory where to find a {@code MeterRegistry}
	 * @return the scans
	 */
	public static ElasticScan create(String client, ElasticsearchAsyncClient asyncClient,
			ElasticScanProperties properties, BeanFactory beanFactory) {
		ScanMeters.Factory meters = MICROMETER ? Meters.factory(client, beanFactory) : ScanMeters.Factory.NONE;
		return new ElasticScan(asyncClient, options(properties), meters);
	}

	/**
	 * The default options of every scan, from the properties.
	 * @param properties the properties
	 * @return the options
	 * @throws InvalidElasticConfigurationException naming the property out of range
	 */
	public static ScanOptions options(ElasticScanProperties properties) {
		ScanOptions options = new ScanOptions();
		PropertyMapper map = PropertyMapper.get();
		map.from(properties::getPageSize).to(options::pageSize);
		map.from(properties::getKeepAlive).to(options::keepAlive);
		map.from(properties::getSlices).to(options::slices);
		map.from(properties::getMaxBufferedPages).to(options::maxBufferedPages);
		map.from(properties::getMaxWait).to(options::maxWait);
		map.from(properties::isScrollFallback).to(options::scrollFallback);
		map.from(properties::getProgressInterval).to(options::progressInterval);
		return InvalidElasticConfigurationException.forOptions("elastic.scan", options::validate);
	}

	/**
	 * The life cycle that closes the open scans before the client's connection pool closes.
	 * @param scan the scans
	 * @return the life cycle
	 */
	public static SmartLifecycle lifecycle(ElasticScan scan) {
		return new ElasticScanLifecycle(scan);
	}

	private static final class Meters {

		static ScanMeters.Factory factory(String client, BeanFactory beanFactory) {
			MeterRegistry registry = beanFactory.getBeanProvider(MeterRegistry.class).getIfUnique();
			return (registry != null) ? MicrometerScanMeters.factory(registry, client) : ScanMeters.Factory.NONE;
		}

	}

}
