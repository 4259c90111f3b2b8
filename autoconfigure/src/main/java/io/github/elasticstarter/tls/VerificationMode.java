package io.github.elasticstarter.tls;

/**
 * How the server's certificate is checked.
 */
public enum VerificationMode {

	/**
	 * Check that the certificate is trusted and issued for the host name.
	 */
	FULL,

	/**
	 * Check that the certificate is trusted, whatever host name it names.
	 */
	CERTIFICATE,

	/**
	 * Check nothing. Insecure: anyone between the client and the server can read and change the
	 * traffic, credentials included.
	 */
	NONE

}
