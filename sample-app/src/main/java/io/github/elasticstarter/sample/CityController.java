package io.github.elasticstarter.sample;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

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

	private final CitySearch cities;

	CityController(CitySearch cities) {
		this.cities = cities;
	}

	@GetMapping("/search")
	List<CityHit> search(@RequestParam @NotBlank @Size(max = 200) String q,
			@RequestParam(defaultValue = "10") @Min(1) @Max(100) int size) throws IOException {
		return this.cities.search(q, size);
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
