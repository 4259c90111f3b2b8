package io.github.elasticstarter.sample;

import java.io.IOException;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
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
