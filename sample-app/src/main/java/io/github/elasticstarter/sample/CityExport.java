package io.github.elasticstarter.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.BinaryData;
import io.github.elasticstarter.scan.DocumentScan;
import io.github.elasticstarter.scan.ElasticScan;
import io.github.elasticstarter.scan.ScanException;
import io.github.elasticstarter.scan.ScanPage;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.io.JsonStringEncoder;

import org.springframework.stereotype.Service;

/**
 * Every city, or those whose name matches a text (the query of {@link CitySearch#search}), as
 * NDJSON: one line per city, {@code {"id":"3ac2147384d85e24","name":"Zürich",...}}, the stored
 * document with its id put first. The documents are the scan's raw JSON bytes
 * ({@link BinaryData}), never mapped to objects and back; only one page at a time is written,
 * so memory does not grow with the index.
 */
@Service
class CityExport {

	private static final Log logger = LogFactory.getLog(CityExport.class);

	private static final byte[] ID_FIELD = "{\"id\":\"".getBytes(StandardCharsets.US_ASCII);

	private final ElasticScan elasticScan;

	private final String index;

	CityExport(ElasticScan elasticScan, CityIndex index) {
		this.elasticScan = elasticScan;
		this.index = index.name();
	}

	/**
	 * Opens the scan and takes its first page, so that failing to reach Elasticsearch (or a
	 * missing index) surfaces here, before the response has a byte, as a problem detail.
	 * @param text the name to match, or {@code null} for every city
	 * @return the export to write, then close
	 * @throws ScanException when the scan could not open or its first page failed
	 */
	Export start(@Nullable String text) {
		DocumentScan<BinaryData> scan = this.elasticScan.open(this.index,
				(text != null) ? CitySearch.nameMatches(text) : null, BinaryData.class,
				(options) -> options.name("cities-export"));
		try {
			return new Export(scan, scan.nextPage());
		}
		catch (RuntimeException ex) {
			scan.close();
			throw ex;
		}
	}

	/**
	 * An export under way: its scan (closed by {@link #close}) and the page taken first.
	 */
	static final class Export implements AutoCloseable {

		private final DocumentScan<BinaryData> scan;

		private @Nullable ScanPage<BinaryData> next;

		private long written;

		private Export(DocumentScan<BinaryData> scan, @Nullable ScanPage<BinaryData> first) {
			this.scan = scan;
			this.next = first;
		}

		/**
		 * Writes page after page, flushing each, until the last.
		 * @param out the response body
		 * @throws IOException when writing failed: the client went away
		 * @throws ExportAbortedException when the scan failed after some cities were written
		 */
		void writeTo(OutputStream out) throws IOException {
			try {
				while (this.next != null) {
					for (Hit<BinaryData> hit : this.next.hits()) {
						writeLine(hit, out);
						this.written++;
					}
					out.flush();
					this.next = this.scan.nextPage();
				}
			}
			catch (RuntimeException ex) {
				if (this.written == 0) {
					// Nothing sent yet: the API's usual problem detail still fits.
					throw ex;
				}
				throw new ExportAbortedException("The export failed after " + this.written + " cities: "
						+ ElasticsearchFailures.reason(ex), ex);
			}
		}

		/**
		 * The line of one city: {@code {"id":"<id>",} then the stored document after its
		 * opening brace, as the scan's bytes: never mapped to a {@link CityDocument} and written back.
		 */
		private static void writeLine(Hit<BinaryData> hit, OutputStream out) throws IOException {
			BinaryData source = hit.source();
			ByteBuffer document = (source != null) ? source.asByteBuffer() : ByteBuffer.allocate(0);
			if (document.remaining() < 2 || document.get(document.position()) != '{') {
				throw new IllegalStateException("City " + hit.id() + " has no JSON object as its document");
			}
			out.write(ID_FIELD);
			out.write(JsonStringEncoder.getInstance().quoteAsUTF8(hit.id()));
			out.write('"');
			document.position(document.position() + 1);
			if (document.get(document.position()) != '}') {
				out.write(',');
			}
			if (document.hasArray()) {
				out.write(document.array(), document.arrayOffset() + document.position(), document.remaining());
			}
			else {
				byte[] rest = new byte[document.remaining()];
				document.get(rest);
				out.write(rest);
			}
			out.write('\n');
		}

		@Override
		public void close() {
			this.scan.close();
		}

		/** Logs an export cut short by its client; {@link #close} then closes the scan. */
		void clientWentAway(IOException ex) {
			logger.info("Export ended early: the client went away after " + this.written + " cities ("
					+ ElasticsearchFailures.reason(ex) + "); closing its point in time");
		}

	}

}
