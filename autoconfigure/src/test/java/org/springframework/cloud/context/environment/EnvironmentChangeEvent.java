package org.springframework.cloud.context.environment;

import java.util.Set;

import org.springframework.context.ApplicationEvent;

/**
 * Stands in for Spring Cloud's event of the same name, which is not a dependency: the starter
 * recognises the event by its class name, so that this class is all a test needs to publish
 * one.
 */
public class EnvironmentChangeEvent extends ApplicationEvent {

	private final Set<String> keys;

	public EnvironmentChangeEvent(Object context, Set<String> keys) {
		super(context);
		this.keys = keys;
	}

	public Set<String> getKeys() {
		return this.keys;
	}

}
