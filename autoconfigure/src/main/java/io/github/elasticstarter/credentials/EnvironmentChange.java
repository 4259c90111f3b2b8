package io.github.elasticstarter.credentials;

import org.springframework.context.ApplicationEvent;

/**
 * Recognises Spring Cloud's {@code EnvironmentChangeEvent} (published by its refresh) by class
 * name, so that Spring Cloud stays optional.
 */
public final class EnvironmentChange {

	private static final String EVENT_CLASS = "org.springframework.cloud.context.environment.EnvironmentChangeEvent";

	private EnvironmentChange() {
	}

	/**
	 * Whether the event says that the {@code Environment} changed.
	 * @param event an application event
	 * @return whether it is an {@code EnvironmentChangeEvent}
	 */
	public static boolean isEnvironmentChange(ApplicationEvent event) {
		return EVENT_CLASS.equals(event.getClass().getName());
	}

}
