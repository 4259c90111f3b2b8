package io.github.elasticstarter.integration.faults;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.github.elasticstarter.localnode.LocalElasticsearch;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs after every other test class of the module (see {@code junit-platform.properties}) and
 * scans what the run wrote: the surefire reports and redirected test output of the module, the
 * logs of the nodes still running (the shared ones) and the logs the fault tests kept from the
 * nodes they stopped. No secret a test used may appear.
 */
@Order(Integer.MAX_VALUE)
class SecretLeakTests {

	@Test
	void noSecretUsedByTheTestsAppearsInAnyLogOrReport() throws Exception {
		// at least the superuser's password, even when this class runs alone
		UsedSecrets.register(LocalElasticsearch.http().superuserPassword());
		Set<String> secrets = UsedSecrets.all();
		List<Path> roots = new ArrayList<>(List.of(Path.of("target", "surefire-reports"), NodeLogs.PRESERVED));
		LocalElasticsearch.all().forEach((node) -> roots.add(node.logDirectory()));
		int files = SecretScanner.files(roots).size();
		List<SecretScanner.Hit> hits = SecretScanner.scan(roots, secrets);
		System.out.printf("[faults] secrets: %d secret(s) looked for in %d file(s) below %s: %d hit(s)%n",
				secrets.size(), files, roots, hits.size());
		assertThat(files).as("files scanned").isGreaterThan(0);
		assertThat(hits).as("secrets found in logs and reports").isEmpty();
	}

}
