package io.github.elasticstarter.curl;

import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.github.elasticstarter.credentials.ElasticCredentials;
import io.github.elasticstarter.credentials.ElasticCredentialsProvider;
import org.apache.hc.client5.http.async.AsyncExecCallback;
import org.apache.hc.client5.http.async.AsyncExecChain;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.entity.StringAsyncEntityProducer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Below DEBUG the handler costs one level check: the request goes down the chain with the
 * same body producer and callback, and the credential is not even asked for.
 */
class CurlLogExecHandlerTests {

	private final Logger logger = (Logger) LoggerFactory.getLogger(CurlLogExecHandler.LOGGER_NAME);

	@AfterEach
	void resetLevel() {
		this.logger.setLevel(null);
	}

	@Test
	void atInfoTheRequestPassesThroughUntouched() throws Exception {
		this.logger.setLevel(Level.INFO);
		List<Object> passedOn = new ArrayList<>();
		List<String> asked = new ArrayList<>();
		ElasticCredentialsProvider credentials = () -> {
			asked.add("asked");
			return ElasticCredentials.NONE;
		};
		HttpRequest request = new BasicHttpRequest("POST", "/i/_search");
		AsyncEntityProducer body = new StringAsyncEntityProducer("{}", ContentType.APPLICATION_JSON);
		AsyncExecCallback callback = new RecordingCallback();
		AsyncExecChain chain = (sent, producer, scope, next) -> passedOn.addAll(List.of(sent, producer, next));
		new CurlLogExecHandler(credentials, DataSize.ofKilobytes(10)).execute(request, body, null, chain, callback);
		assertThat(passedOn).containsExactly(request, body, callback);
		assertThat(asked).isEmpty();
	}

	@Test
	void atDebugTheBodyIsCapturedOnTheWayOut() throws Exception {
		this.logger.setLevel(Level.DEBUG);
		List<Object> passedOn = new ArrayList<>();
		AsyncEntityProducer body = new StringAsyncEntityProducer("{}", ContentType.APPLICATION_JSON);
		AsyncExecChain chain = (sent, producer, scope, next) -> passedOn.addAll(List.of(sent, producer, next));
		new CurlLogExecHandler(() -> ElasticCredentials.NONE, DataSize.ofKilobytes(10))
			.execute(new BasicHttpRequest("POST", "/i/_search"), body, null, chain, new RecordingCallback());
		assertThat(passedOn.get(1)).isInstanceOf(CapturingEntityProducer.class);
	}

	private static final class RecordingCallback implements AsyncExecCallback {

		@Override
		public org.apache.hc.core5.http.nio.AsyncDataConsumer handleResponse(
				org.apache.hc.core5.http.HttpResponse response, org.apache.hc.core5.http.EntityDetails details) {
			throw new AssertionError("not called in these tests");
		}

		@Override
		public void handleInformationResponse(org.apache.hc.core5.http.HttpResponse response) {
		}

		@Override
		public void completed() {
		}

		@Override
		public void failed(Exception cause) {
		}

	}

}
