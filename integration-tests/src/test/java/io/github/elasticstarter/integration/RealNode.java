package io.github.elasticstarter.integration;

import java.util.UUID;

import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.localnode.LocalElasticsearch;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Application contexts pointed at the shared local nodes.
 */
final class RealNode {

	private RealNode() {
	}

	static ApplicationContextRunner runner() {
		return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ElasticAutoConfiguration.class,
				JacksonAutoConfiguration.class, SslAutoConfiguration.class));
	}

	/**
	 * A context on the plain-HTTP node, as its superuser.
	 */
	static ApplicationContextRunner http() {
		LocalElasticsearch node = LocalElasticsearch.http();
		return runner().withPropertyValues("elastic.hosts=" + node.baseUri(), "elastic.username=" + node.superuserName(),
				"elastic.password=" + node.superuserPassword());
	}

	/**
	 * A context on the HTTPS node, as its superuser, trusting nothing yet.
	 */
	static ApplicationContextRunner https() {
		LocalElasticsearch node = LocalElasticsearch.https();
		return runner().withPropertyValues("elastic.hosts=" + node.baseUri(), "elastic.username=" + node.superuserName(),
				"elastic.password=" + node.superuserPassword());
	}

	static String uniqueIndex(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
