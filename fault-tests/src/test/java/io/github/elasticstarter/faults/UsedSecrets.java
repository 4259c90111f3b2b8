package io.github.elasticstarter.faults;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.elasticstarter.localnode.LocalElasticsearch;

/**
 * Every secret the test run used, so that {@link SecretLeakTests} can look for them in the
 * logs and reports: those registered by tests (wrong passwords, made-up tokens) and every
 * secret the local nodes handed out (the superuser's password, API keys, service tokens).
 */
final class UsedSecrets {

	/** Shorter values would match by chance. */
	static final int MIN_LENGTH = 8;

	private static final Set<String> REGISTERED = ConcurrentHashMap.newKeySet();

	private UsedSecrets() {
	}

	/** Registers a secret a test uses; returns it, for inline use. */
	static String register(String secret) {
		if (secret == null || secret.length() < MIN_LENGTH) {
			throw new IllegalArgumentException("A secret to look for needs at least " + MIN_LENGTH + " characters");
		}
		REGISTERED.add(secret);
		return secret;
	}

	/** The registered secrets and those the local nodes issued in this JVM. */
	static Set<String> all() {
		Set<String> all = new HashSet<>(REGISTERED);
		all.addAll(LocalElasticsearch.issuedSecrets());
		return all;
	}

}
