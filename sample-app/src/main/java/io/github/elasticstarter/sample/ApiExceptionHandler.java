package io.github.elasticstarter.sample;

import java.io.IOException;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.github.elasticstarter.scan.ScanException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as an RFC 9457 problem detail ({@code application/problem+json}), never with a
 * stack trace. Spring MVC's own exceptions (missing or malformed parameters, unreadable
 * bodies, unknown paths) keep their standard answers from {@link ResponseEntityExceptionHandler};
 * validation failures name the offending values; Elasticsearch being away is 503.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Log logger = LogFactory.getLog(ApiExceptionHandler.class);

	@ExceptionHandler
	ProblemDetail cityNotFound(CityNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "City not found", ex.getMessage());
	}

	/** Transport failures: connection refused, timeouts, TLS problems. */
	@ExceptionHandler
	ProblemDetail elasticsearchUnreachable(IOException ex) {
		logger.warn("Elasticsearch is unreachable: " + ElasticsearchFailures.reason(ex));
		return problem(HttpStatus.SERVICE_UNAVAILABLE, "Elasticsearch unavailable",
				"Elasticsearch is unreachable: " + ElasticsearchFailures.reason(ex));
	}

	/** Elasticsearch answered with an error. */
	@ExceptionHandler
	ProblemDetail elasticsearchError(ElasticsearchException ex) {
		String reason = ex.error().type() + ": " + ex.error().reason();
		if ("index_not_found_exception".equals(ex.error().type())) {
			return problem(HttpStatus.SERVICE_UNAVAILABLE, "Cities not loaded",
					"The cities index does not exist: the load at start-up failed; restart the application.");
		}
		if (ex.status() == 429 || ex.status() >= 500) {
			return problem(HttpStatus.SERVICE_UNAVAILABLE, "Elasticsearch unavailable",
					"Elasticsearch cannot serve the request now (HTTP " + ex.status() + ", " + reason + ")");
		}
		logger.error("Elasticsearch rejected a request", ex);
		return problem(HttpStatus.BAD_GATEWAY, "Elasticsearch rejected the request",
				"HTTP " + ex.status() + ", " + reason);
	}

	/**
	 * A scan that could not start (its point in time or its first page failed): answered as the
	 * failure under it, so the export says what search would say.
	 */
	@ExceptionHandler
	ProblemDetail scanFailed(ScanException ex) {
		if (ex.getCause() instanceof IOException transport) {
			return elasticsearchUnreachable(transport);
		}
		if (ex.getCause() instanceof ElasticsearchException answer) {
			return elasticsearchError(answer);
		}
		if (ex.getCause() == null) {
			// No page within max-wait, or the application is stopping.
			return problem(HttpStatus.SERVICE_UNAVAILABLE, "Elasticsearch unavailable", ex.getMessage());
		}
		return unexpected(ex);
	}

	/**
	 * An export that failed after cities were sent (status 200 and part of the body are on the
	 * wire): no problem detail can follow them, and ending the response normally would pass a
	 * truncated export off as a complete one. So the exception is rethrown: it leaves the servlet,
	 * and Tomcat, for a committed response, closes the connection at once (ActionCode.CLOSE_NOW)
	 * without the chunked body's terminating chunk (its error page, rendered on the way, writes
	 * nothing: no converter writes it as NDJSON). The client's read fails (curl: "transfer closed
	 * with outstanding read data remaining"), never a clean end: CityExportInterruptionTests.
	 */
	@ExceptionHandler
	void exportAborted(ExportAbortedException ex) {
		logger.error(ex.getMessage() + ": closing the connection without ending the response");
		throw ex;
	}

	@ExceptionHandler
	ProblemDetail unexpected(RuntimeException ex) {
		logger.error("Unexpected failure", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
				"The request failed unexpectedly; the server log has the details.");
	}

	/** Constraint violations on parameters: {@code size: must be less than or equal to 100}. */
	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String detail = ex.getParameterValidationResults().stream()
			.flatMap((result) -> result.getResolvableErrors().stream()
				.map((error) -> result.getMethodParameter().getParameterName() + ": " + message(error)))
			.sorted()
			.collect(Collectors.joining("; "));
		return badRequest(ex, headers, request, detail);
	}

	/** Constraint violations in a request body: {@code lat: must be less than or equal to 90}. */
	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String detail = ex.getBindingResult().getFieldErrors().stream()
			.map((FieldError error) -> error.getField() + ": " + error.getDefaultMessage())
			.sorted()
			.collect(Collectors.joining("; "));
		return badRequest(ex, headers, request, detail);
	}

	private ResponseEntity<Object> badRequest(Exception ex, HttpHeaders headers, WebRequest request, String detail) {
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "Invalid request", detail);
		return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
	}

	private static String message(MessageSourceResolvable error) {
		return (error.getDefaultMessage() != null) ? error.getDefaultMessage() : String.valueOf(error);
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
