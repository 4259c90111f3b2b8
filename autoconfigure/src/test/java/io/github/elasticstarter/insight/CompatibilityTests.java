package io.github.elasticstarter.insight;

import co.elastic.clients.transport.Version;
import io.github.elasticstarter.insight.Compatibility.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compatibility verdict, by Elastic's policy for a client of major 9.
 */
class CompatibilityTests {

	private static final Version CLIENT = new Version(9, 2, 0, false);

	@Test
	void sameMajorAndLaterMinorIsCompatible() {
		assertThat(Compatibility.of("9.3.1", CLIENT, true).verdict()).isEqualTo(Verdict.COMPATIBLE);
	}

	@Test
	void sameMajorAndOlderMinorLacksTheNewerApis() {
		assertThat(Compatibility.of("9.0.0", CLIENT, true).verdict()).isEqualTo(Verdict.COMPATIBLE_OLDER_MINOR);
	}

	@Test
	void nextMajorIsCompatibleOnlyInCompatibilityMode() {
		assertThat(Compatibility.of("10.0.0", CLIENT, true).verdict()).isEqualTo(Verdict.COMPATIBLE);
		assertThat(Compatibility.of("10.0.0", CLIENT, false).verdict()).isEqualTo(Verdict.INCOMPATIBLE);
	}

	@Test
	void previousAndLaterMajorsAreIncompatible() {
		assertThat(Compatibility.of("8.19.0", CLIENT, true).verdict()).isEqualTo(Verdict.INCOMPATIBLE);
		assertThat(Compatibility.of("7.17.0", CLIENT, true).verdict()).isEqualTo(Verdict.INCOMPATIBLE);
		assertThat(Compatibility.of("11.0.0", CLIENT, true).verdict()).isEqualTo(Verdict.INCOMPATIBLE);
	}

	@Test
	void aMissingOrUnreadableVersionIsUnknown() {
		assertThat(Compatibility.of(null, CLIENT, true).verdict()).isEqualTo(Verdict.UNKNOWN);
		assertThat(Compatibility.of("not.a.version", CLIENT, true).verdict()).isEqualTo(Verdict.UNKNOWN);
	}

}
