package io.github.elasticstarter.curl;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.jspecify.annotations.Nullable;

/**
 * Writes one request as a {@code curl} command followed by a shell comment with its outcome.
 * Secrets become shell variables. The request body is shown as the application wrote it: a
 * body the client gzip-compressed is shown uncompressed and sent so by the command (curl does
 * not compress request bodies, and Elasticsearch takes either), without its
 * {@code Content-Encoding}; the client's {@code Accept-Encoding: gzip} is kept, with
 * {@code --compressed} so that curl decompresses the answer. A command that would not send
 * what the client sent (a body cut at the size limit, or not text) is commented out and says
 * why, on one line.
 */
final class CurlLine {

	/** Headers curl writes itself from the URL and the body. */
	private static final Set<String> WRITTEN_BY_CURL = Set.of("content-length", "content-encoding", "host",
			"transfer-encoding", "connection");

	private final StringBuilder command = new StringBuilder("curl");

	private final Map<String, String> secrets;

	private @Nullable String notRunnable;

	private String note = "";

	CurlLine(Map<String, String> secrets) {
		this.secrets = secrets;
	}

	CurlLine request(String method, String uri) {
		this.command.append(method.equals("HEAD") ? " --head" : " -X " + method);
		this.command.append(' ').append(ShellWord.quote(uri, this.secrets));
		return this;
	}

	CurlLine headers(Header[] headers, @Nullable String bodyContentType) {
		boolean contentType = false;
		boolean gzipAccepted = false;
		for (Header header : headers) {
			String name = header.getName();
			if (WRITTEN_BY_CURL.contains(name.toLowerCase(Locale.ROOT))) {
				continue;
			}
			contentType |= name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE);
			gzipAccepted |= name.equalsIgnoreCase(HttpHeaders.ACCEPT_ENCODING)
					&& header.getValue().toLowerCase(Locale.ROOT).contains("gzip");
			header(name, header.getValue());
		}
		if (!contentType && bodyContentType != null) {
			header(HttpHeaders.CONTENT_TYPE, bodyContentType);
		}
		if (gzipAccepted) {
			this.command.append(" --compressed");
		}
		return this;
	}

	private void header(String name, String value) {
		Map<String, String> secrets = this.secrets;
		String variable = SecretPlaceholders.forHeader(name);
		if (variable != null && !value.isEmpty()) {
			secrets = new LinkedHashMap<>();
			secrets.put(value, variable);
			this.secrets.forEach(secrets::putIfAbsent);
		}
		this.command.append(" -H ").append(ShellWord.quote(name + ": " + value, secrets));
	}

	CurlLine body(SentBody body, int limit) {
		SentBody.Shown shown = body.show(limit);
		if (!shown.utf8()) {
			this.notRunnable = "the request body (" + shown.length() + " bytes) is not UTF-8 text";
			return this;
		}
		if (!shown.complete()) {
			this.notRunnable = "the request body is cut at " + limit + " bytes (elastic.curl-log.max-body-size)";
		}
		this.command.append(" --data-binary ").append(ShellWord.quote(shown.text(), this.secrets));
		if (body.compressed()) {
			this.note = "; the client sent the body gzip-compressed (" + body.total() + " bytes)";
		}
		return this;
	}

	/**
	 * The line, ending with the outcome as a shell comment.
	 * @param outcome such as "200 in 12 ms"
	 */
	String line(String outcome) {
		String line = this.command + " # " + outcome + this.note;
		if (this.notRunnable == null) {
			return line;
		}
		return "# not runnable, " + this.notRunnable + ": " + line.replace("\r", "\\r").replace("\n", "\\n");
	}

}
