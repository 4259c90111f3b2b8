package io.github.elasticstarter.sample;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Folds names to ASCII ({@code Zürich} to {@code Zurich}) so that an ASCII query finds them
 * within one typo. Elasticsearch's {@code asciifolding} filter lives in the
 * {@code analysis-common} module, which the local node's distribution lacks, so the sample
 * folds in Java and indexes the result as a second field.
 */
final class AsciiFolding {

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	/** Letters that Unicode decomposition leaves alone. */
	private static final Map<Character, String> SPECIAL = Map.ofEntries(Map.entry('ß', "ss"), Map.entry('ø', "o"),
			Map.entry('Ø', "O"), Map.entry('æ', "ae"), Map.entry('Æ', "AE"), Map.entry('œ', "oe"),
			Map.entry('Œ', "OE"), Map.entry('ł', "l"), Map.entry('Ł', "L"), Map.entry('đ', "d"), Map.entry('Đ', "D"),
			Map.entry('ð', "d"), Map.entry('þ', "th"), Map.entry('ı', "i"));

	private AsciiFolding() {
	}

	static String fold(String text) {
		String decomposed = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		StringBuilder folded = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			folded.append(SPECIAL.getOrDefault(c, String.valueOf(c)));
		}
		return folded.toString();
	}

}
