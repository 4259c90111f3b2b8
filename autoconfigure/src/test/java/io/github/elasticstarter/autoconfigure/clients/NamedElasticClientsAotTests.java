package io.github.elasticstarter.autoconfigure.clients;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.autoconfigure.bulk.ElasticBulkAutoConfiguration;
import io.github.elasticstarter.autoconfigure.health.ElasticHealthContributorAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.GeneratedFiles.Kind;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.InputStreamSource;
import org.springframework.javapoet.ClassName;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * AOT processing writes the named clients' bean definitions down as code: factory methods
 * called with the client's name, and the qualifier on each definition.
 */
class NamedElasticClientsAotTests {

	@Test
	void aotProcessingWritesEachNamedClientsBeansWithTheirQualifier() throws IOException {
		GenericApplicationContext context = new GenericApplicationContext();
		context.setAllowBeanDefinitionOverriding(false);
		TestPropertyValues.of("elastic.clients.archive.hosts=http://localhost:9201").applyTo(context);
		AnnotationConfigUtils.registerAnnotationConfigProcessors(context);
		context.registerBean(AotApplication.class);
		InMemoryGeneratedFiles files = new InMemoryGeneratedFiles();
		DefaultGenerationContext generation = new DefaultGenerationContext(
				new ClassNameGenerator(ClassName.get(AotApplication.class)), files);
		new ApplicationContextAotGenerator().processAheadOfTime(context, generation);
		generation.writeGeneratedContent();
		StringBuilder code = new StringBuilder();
		for (InputStreamSource source : files.getGeneratedFiles(Kind.SOURCE).values()) {
			try (InputStream in = source.getInputStream()) {
				code.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		assertThat(code).contains("NamedElasticClients.client(")
			.contains("\"archive\"")
			.contains("elasticsearchClient-archive")
			.contains("addQualifier")
			.contains("ElasticHealthIndicator.of(");
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ ElasticAutoConfiguration.class, ElasticBulkAutoConfiguration.class,
			ElasticHealthContributorAutoConfiguration.class, ElasticClientsAutoConfiguration.class })
	static class AotApplication {

	}

}
