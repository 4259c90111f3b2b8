package io.github.elasticstarter.localnode;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough JSON for the flat responses this library reads and the one-field bodies it sends. */
final class JsonFields {

	private JsonFields() {
	}

	/** @return the string value of the first {@code "name": "..."} in {@code json} */
	static String string(String json, String name) {
		Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"")
			.matcher(json);
		if (!matcher.find()) {
			throw new LocalElasticsearchException("No string field \"" + name + "\" in " + json);
		}
		return matcher.group(1).replace("\\\"", "\"").replace("\\/", "/").replace("\\\\", "\\");
	}

	/** @return {@code value} as a JSON string literal */
	static String quote(String value) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}
}
