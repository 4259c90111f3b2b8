package io.github.elasticstarter.sample;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /cities}.
 *
 * @param name the name
 * @param country the ISO 3166-1 alpha-2 country code, such as {@code CH}
 * @param admin1 the first-level administrative division code, optional
 * @param lat latitude in degrees
 * @param lon longitude in degrees
 */
public record NewCity(@NotBlank @Size(max = 200) String name,
		@NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be two upper-case letters (ISO 3166-1 alpha-2)") String country,
		@Size(max = 20) String admin1,
		@NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
		@NotNull @DecimalMin("-180") @DecimalMax("180") Double lon) {

	CityDocument toDocument() {
		String division = (this.admin1 == null || this.admin1.isBlank()) ? null : this.admin1.strip();
		return CityDocument.of(this.name.strip(), this.country, division, this.lat, this.lon);
	}

}
