package io.github.elasticstarter.curl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One word of a POSIX shell command, quoted so that the shell passes it on unchanged, except
 * for the secrets in it, which become references to shell variables. A word without secrets
 * is single-quoted; a word with secrets is double-quoted when nothing else in it is special
 * inside double quotes, as in {@code "Authorization: $ELASTIC_AUTH"}, and otherwise is made of
 * single-quoted pieces and double-quoted variables.
 */
final class ShellWord {

	private static final String SPECIAL_IN_DOUBLE_QUOTES = "$`\\\"!";

	private ShellWord() {
	}

	/**
	 * Quote the text, replacing each secret with its variable.
	 * @param text the word
	 * @param secrets secret to variable name, longest first
	 * @return the quoted word
	 */
	static String quote(String text, Map<String, String> secrets) {
		List<Piece> pieces = split(text, secrets);
		if (pieces.stream().noneMatch(Piece::variable)) {
			return singleQuoted(text);
		}
		boolean doubleQuotable = pieces.stream()
			.filter((piece) -> !piece.variable())
			.allMatch((piece) -> piece.text().chars().noneMatch((c) -> SPECIAL_IN_DOUBLE_QUOTES.indexOf(c) >= 0));
		StringBuilder word = new StringBuilder();
		if (doubleQuotable) {
			word.append('"');
			for (int i = 0; i < pieces.size(); i++) {
				Piece piece = pieces.get(i);
				word.append(piece.variable() ? reference(piece.text(), pieces, i) : piece.text());
			}
			return word.append('"').toString();
		}
		for (Piece piece : pieces) {
			word.append(piece.variable() ? "\"${" + piece.text() + "}\"" : singleQuoted(piece.text()));
		}
		return word.toString();
	}

	/**
	 * A reference to the variable of the whole text, such as {@code "$ELASTIC_AUTH"}.
	 */
	static String variable(String name) {
		return "\"$" + name + "\"";
	}

	static String singleQuoted(String text) {
		return "'" + text.replace("'", "'\\''") + "'";
	}

	private static String reference(String name, List<Piece> pieces, int index) {
		boolean followedByNameCharacter = index + 1 < pieces.size()
				&& isNameCharacter(pieces.get(index + 1).text().charAt(0));
		return followedByNameCharacter ? "${" + name + "}" : "$" + name;
	}

	private static boolean isNameCharacter(char c) {
		return c == '_' || Character.isLetterOrDigit(c);
	}

	private static List<Piece> split(String text, Map<String, String> secrets) {
		List<Piece> pieces = new ArrayList<>();
		int literalStart = 0;
		int i = 0;
		while (i < text.length()) {
			String secret = secretAt(text, i, secrets);
			if (secret == null) {
				i++;
				continue;
			}
			if (i > literalStart) {
				pieces.add(new Piece(text.substring(literalStart, i), false));
			}
			pieces.add(new Piece(secrets.get(secret), true));
			i += secret.length();
			literalStart = i;
		}
		if (literalStart < text.length()) {
			pieces.add(new Piece(text.substring(literalStart), false));
		}
		return pieces;
	}

	private static @Nullable String secretAt(String text, int index,
			Map<String, String> secrets) {
		for (String secret : secrets.keySet()) {
			if (text.startsWith(secret, index)) {
				return secret;
			}
		}
		return null;
	}

	private record Piece(String text, boolean variable) {
	}

}
