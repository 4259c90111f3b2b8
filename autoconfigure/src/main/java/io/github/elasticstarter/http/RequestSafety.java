package io.github.elasticstarter.http;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.hc.core5.http.HttpRequest;

/**
 * Which requests may be sent again after a failure that leaves their outcome unknown: the
 * idempotent HTTP methods, and the {@code POST} requests of Elasticsearch's read APIs (search,
 * count, multi-get...), which only read.
 */
final class RequestSafety {

	private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE");

	private static final Pattern READ_ENDPOINT = Pattern.compile("(^|.*/)(_search(/template|/scroll)?|_msearch"
			+ "(/template)?|_count|_mget|_field_caps|_validate/query|_explain/[^/]+|_termvectors(/[^/]+)?"
			+ "|_mtermvectors|_refresh)/?");

	private static final Pattern BULK_ENDPOINT = Pattern.compile("(^|.*/)_bulk/?");

	private RequestSafety() {
	}

	static boolean isSafeToResend(HttpRequest request) {
		String method = request.getMethod().toUpperCase(Locale.ROOT);
		if (IDEMPOTENT_METHODS.contains(method)) {
			return true;
		}
		return "POST".equals(method) && READ_ENDPOINT.matcher(pathWithoutQuery(request.getPath())).matches();
	}

	/**
	 * Whether the request is a bulk request ({@code POST} or {@code PUT} to {@code _bulk}).
	 */
	static boolean isBulk(HttpRequest request) {
		String method = request.getMethod().toUpperCase(Locale.ROOT);
		return ("POST".equals(method) || "PUT".equals(method))
				&& BULK_ENDPOINT.matcher(pathWithoutQuery(request.getPath())).matches();
	}

	private static String pathWithoutQuery(String path) {
		if (path == null) {
			return "";
		}
		int query = path.indexOf('?');
		return (query >= 0) ? path.substring(0, query) : path;
	}

}
