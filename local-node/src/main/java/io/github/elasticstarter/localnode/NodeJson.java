package io.github.elasticstarter.localnode;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON this module sends to and reads from a node, through Jackson. */
final class NodeJson {

	private static final JsonMapper MAPPER = JsonMapper.shared();

	private NodeJson() {
	}

	/** @return {@code value} (a map, a record) as JSON */
	static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	/**
	 * @param json a node's answer
	 * @param what which answer, for the error message
	 * @return the parsed tree
	 * @throws LocalElasticsearchException if {@code json} is not JSON (without quoting it: it may hold secrets)
	 */
	static JsonNode read(String json, String what) {
		try {
			return MAPPER.readTree(json);
		}
		catch (JacksonException ex) {
			throw new LocalElasticsearchException("The answer to " + what + " is not JSON");
		}
	}

	/**
	 * @return the string value of the top-level field {@code name}
	 * @throws LocalElasticsearchException naming the field and the fields there are (not their values: they may be
	 * secrets), if it is missing or not a string
	 */
	static String requiredString(JsonNode object, String name, String what) {
		JsonNode value = object.get(name);
		if (value == null || !value.isString()) {
			throw new LocalElasticsearchException("No string field \"" + name + "\" in the answer to " + what
					+ "; its fields: " + object.propertyNames());
		}
		return value.stringValue();
	}

}
