package org.springframework.cloud.context.environment;

import org.springframework.context.ApplicationEvent;

/**
 * Plays Spring Cloud's refresh, which is not a dependency: the starter recognises the event by
 * this class name.
 */
public class EnvironmentChangeEvent extends ApplicationEvent {

	public EnvironmentChangeEvent(Object context) {
		super(context);
	}

}
