package io.github.elasticstarter.testsupport;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.elasticstarter.curl.CurlLogExecHandler;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Puts the curl log at a level for one test and keeps what it writes, as the messages were
 * logged: {@code @RegisterExtension final CurlLogCapture curlLog = CurlLogCapture.atDebug();}.
 */
public final class CurlLogCapture implements BeforeEachCallback, AfterEachCallback {

	private final Logger logger = (Logger) LoggerFactory.getLogger(CurlLogExecHandler.LOGGER_NAME);

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private Level level;

	private CurlLogCapture(Level level) {
		this.level = level;
	}

	public static CurlLogCapture atDebug() {
		return new CurlLogCapture(Level.DEBUG);
	}

	/**
	 * Put the curl log at another level for the rest of the test.
	 */
	public void setLevel(Level level) {
		this.level = level;
		this.logger.setLevel(level);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		this.appender.start();
		this.logger.addAppender(this.appender);
		this.logger.setLevel(this.level);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		this.logger.setLevel(null);
		this.logger.detachAppender(this.appender);
		this.appender.stop();
	}

	/**
	 * The messages written so far, in order.
	 */
	public List<String> lines() {
		return this.appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
	}

	/**
	 * The one message written so far.
	 */
	public String line() {
		List<String> lines = lines();
		if (lines.size() != 1) {
			throw new AssertionError("Expected one curl log line but got " + lines);
		}
		return lines.get(0);
	}

}
