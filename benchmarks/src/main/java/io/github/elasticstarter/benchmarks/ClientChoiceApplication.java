package io.github.elasticstarter.benchmarks;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The application of {@link ClientChoiceFunction}. With {@code benchmark.client=hand-built} (and
 * the starter's auto-configurations excluded), its client is {@linkplain HandBuiltClient built
 * by hand} from the same environment variables; otherwise the starter builds it.
 */
// No component scan: the package holds the other benchmarks' applications.
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class ClientChoiceApplication {

	@Bean
	@ConditionalOnProperty(name = "benchmark.client", havingValue = "hand-built")
	ElasticsearchClient handBuiltClient(Environment environment) {
		return HandBuiltClient.fromEnvironment(environment.getRequiredProperty("ELASTIC_HOSTS"),
				environment.getRequiredProperty("ELASTIC_API_KEY"),
				environment.getRequiredProperty("ELASTIC_SSL_CAFINGERPRINT"));
	}

}
