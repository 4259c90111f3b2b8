package io.github.elasticstarter.sample;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP API. Parameters are checked by Spring MVC's built-in method validation (the
 * constraints below); {@link ApiExceptionHandler} turns every failure into a problem detail.
 */
@RestController
@RequestMapping("/cities")
class CityController {

	private static final String NDJSON = "application/x-ndjson";

	private final CitySearch cities;

	private final CityExport export;

	CityController(CitySearch cities, CityExport export) {
		this.cities = cities;
		this.export = export;
	}

	@GetMapping("/search")
	List<CityHit> search(@RequestParam @NotBlank @Size(max = 200) String q,
			@RequestParam(defaultValue = "10") @Min(1) @Max(100) int size) throws IOException {
		return this.cities.search(q, size);
	}

	/**
	 * Every city, or those that {@code search} would find for {@code q} (all of them, not the
	 * first few), as NDJSON, written page by page as the scan reads them. Written to the
	 * servlet's stream on the request thread rather than as a {@code StreamingResponseBody}:
	 * the export of 171,075 cities must not be cut by the asynchronous request timeout.
	 */
	@GetMapping("/export")
	void export(@RequestParam(required = false) @Size(max = 200)
			@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Nullable String q,
			HttpServletResponse response) throws IOException {
		try (CityExport.Export running = this.export.start(q)) {
			response.setContentType(NDJSON);
			try {
				running.writeTo(response.getOutputStream());
			}
			catch (IOException ex) {
				// Only writing throws it: the client closed the connection. Nothing to answer.
				running.clientWentAway(ex);
			}
		}
	}

	@GetMapping("/near")
	List<CityHit> near(@RequestParam @DecimalMin("-90") @DecimalMax("90") double lat,
			@RequestParam @DecimalMin("-180") @DecimalMax("180") double lon,
			@RequestParam(defaultValue = "25") @DecimalMin(value = "0", inclusive = false) @DecimalMax("20040") double km,
			@RequestParam(defaultValue = "10") @Min(1) @Max(100) int size) throws IOException {
		return this.cities.near(lat, lon, km, size);
	}

	@GetMapping("/{id}")
	CityHit get(@PathVariable @Pattern(regexp = CityIds.PATTERN, message = CityIds.PATTERN_MESSAGE) String id)
			throws IOException {
		return this.cities.get(id);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable @Pattern(regexp = CityIds.PATTERN, message = CityIds.PATTERN_MESSAGE) String id)
			throws IOException {
		this.cities.delete(id);
	}

	@PostMapping
	ResponseEntity<CityHit> add(@RequestBody @Valid NewCity city) throws IOException {
		CityHit added = this.cities.add(city);
		return ResponseEntity.created(URI.create("/cities/" + added.id())).body(added);
	}

}
