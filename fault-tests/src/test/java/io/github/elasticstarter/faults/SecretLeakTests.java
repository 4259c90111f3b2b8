package io.github.elasticstarter.faults;

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
 * scans what the run wrote: the surefire and failsafe reports and redirected test output of
 * this module and of the modules the build ran before it (this module comes last), the packaged
 * sample application's logs, the logs of the nodes still running (the shared ones) and the logs
 * the fault tests kept from the nodes they stopped. No secret a test used may appear; the local
 * nodes' superuser password is the same in every module, since they share one installation.
 */
@Order(Integer.MAX_VALUE)
class SecretLeakTests {

	@Test
	void noSecretUsedByTheTestsAppearsInAnyLogOrReport() throws Exception {
		// at least the superuser's password, even when this class runs alone
		UsedSecrets.register(LocalElasticsearch.http().superuserPassword());
		Set<String> secrets = UsedSecrets.all();
		List<Path> roots = new ArrayList<>(List.of(Path.of("target", "surefire-reports"), NodeLogs.PRESERVED));
		for (String module : List.of("autoconfigure", "local-node", "integration-tests", "sample-app")) {
			roots.add(Path.of("..", module, "target", "surefire-reports"));
			roots.add(Path.of("..", module, "target", "failsafe-reports"));
		}
		roots.add(Path.of("..", "sample-app", "target", "packaged-app-it"));
		LocalElasticsearch.all().forEach((node) -> roots.add(node.logDirectory()));
		int files = SecretScanner.files(roots).size();
		List<SecretScanner.Hit> hits = SecretScanner.scan(roots, secrets);
		System.out.printf("[faults] secrets: %d secret(s) looked for in %d file(s) below %s: %d hit(s)%n",
				secrets.size(), files, roots, hits.size());
		assertThat(files).as("files scanned").isGreaterThan(0);
		assertThat(hits).as("secrets found in logs and reports").isEmpty();
	}

}
