package io.github.elasticstarter.faults;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a client call on its own thread and fails the test if it has not ended within a bound, so
 * that a call that hangs past the configured timeouts shows as a clear failure, quickly, instead
 * of blocking the suite.
 */
final class Bounded {

	private Bounded() {
	}

	/**
	 * @return what {@code call} returned
	 * @throws Exception what {@code call} threw
	 * @throws AssertionError if it did not end within {@code bound} (it is then interrupted)
	 */
	static <T> T call(Duration bound, String what, Callable<T> call) throws Exception {
		ExecutorService thread = Executors.newSingleThreadExecutor((task) -> {
			Thread worker = new Thread(task, "bounded-call");
			worker.setDaemon(true);
			return worker;
		});
		try {
			Future<T> result = thread.submit(call);
			try {
				return result.get(bound.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (TimeoutException ex) {
				result.cancel(true);
				throw new AssertionError(what + " did not end within " + bound.toMillis()
						+ " ms: it hangs past the configured timeouts", ex);
			}
			catch (ExecutionException ex) {
				throw (ex.getCause() instanceof Exception exception) ? exception : ex;
			}
		}
		finally {
			thread.shutdownNow();
		}
	}

}
