package io.github.elasticstarter.sample;

import java.lang.management.ManagementFactory;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the user where to point curl once the application is ready: the port comes from the
 * web server (it may be random), the line waits for the data to be loaded.
 */
@Component
class TryItLogger {

	private static final Log logger = LogFactory.getLog(TryItLogger.class);

	private volatile int port = -1;

	@EventListener
	void webServerInitialized(WebServerInitializedEvent event) {
		// A separate management server has the namespace "management": its port is not the API's.
		if (event.getApplicationContext().getServerNamespace() == null) {
			this.port = event.getWebServer().getPort();
		}
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		double seconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
		if (this.port < 0) {
			logger.info(String.format("Ready in %.1f s (no web server)", seconds));
			return;
		}
		logger.info(String.format("Ready in %.1f s. Try: curl 'http://localhost:%d/cities/search?q=zurich'", seconds,
				this.port));
		logger.info(String.format("More: curl 'http://localhost:%d/cities/near?lat=47.37&lon=8.54&km=25' and "
				+ "curl 'http://localhost:%1$d/actuator/health'", this.port));
	}

}
