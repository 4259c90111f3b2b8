package io.github.elasticstarter.autoconfigure;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.HttpResponseInterceptor;
import org.apache.hc.core5.http.HttpStatus;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.http.protocol.HttpCoreContext;

/**
 * Logs which kind of credential Elasticsearch rejected when it answers 401, since its own error
 * does not always say (an API key and a token both get "unable to authenticate with provided
 * credentials"). The message names the kind, never the secret.
 */
class RejectedCredentialsLogger implements HttpResponseInterceptor {

	private static final Log logger = LogFactory.getLog(RejectedCredentialsLogger.class);

	private final ElasticCredentials credentials;

	RejectedCredentialsLogger(ElasticCredentials credentials) {
		this.credentials = credentials;
	}

	@Override
	public void process(HttpResponse response, EntityDetails entity, HttpContext context) {
		if (response.getCode() != HttpStatus.SC_UNAUTHORIZED) {
			return;
		}
		HttpRequest request = HttpCoreContext.cast(context).getRequest();
		String target = (request != null) ? request.getMethod() + " " + request.getAuthority() + request.getPath()
				: "a request";
		logger.warn(message(target));
	}

	String message(String target) {
		if (this.credentials.authorizationHeader().isEmpty()) {
			return "Elasticsearch answered 401 Unauthorized to " + target + ": the client sends no credentials. "
					+ "Set 'elastic.api-key', 'elastic.username' and 'elastic.password', or 'elastic.bearer-token'.";
		}
		return "Elasticsearch rejected the " + this.credentials.kind() + " this application sent (401 Unauthorized, "
				+ target + "): it is wrong, expired or revoked. Check the credential properties ('elastic.*') or "
				+ "the connection details that supplied them.";
	}

}
