package io.github.elasticstarter.sample;

import java.io.IOException;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.DistanceUnit;
import co.elastic.clients.elasticsearch._types.GeoLocation;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.Result;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import org.springframework.stereotype.Service;

/**
 * The city operations, on the starter's singleton {@link ElasticsearchClient}: shared by the
 * HTTP API and the {@code searchCities} function, so every caller reuses one connection pool.
 * Transport failures surface as {@link IOException}, which the API turns into 503.
 */
@Service
public class CitySearch {

	private final ElasticsearchClient client;

	private final String index;

	CitySearch(ElasticsearchClient client, CityIndex index) {
		this.client = client;
		this.index = index.name();
	}

	/**
	 * Full-text search on the name, tolerant of typos ({@code fuzziness: AUTO}: one edit for
	 * 3 to 5 letters, two beyond), every word required. It runs on the ASCII folding of the
	 * name with the query folded alike, so {@code zurch} finds {@code Zürich} (one edit from
	 * {@code zurich}) and accents never matter. One field only, on purpose: scores from the
	 * {@code name} field would carry different term statistics ({@code zurich} is rare there,
	 * as only {@code Lake Zurich} spells it so) and put {@code Lake Zurich} above {@code Zürich}.
	 */
	public List<CityHit> search(String text, int size) throws IOException {
		return this.client.search((s) -> s.index(this.index).size(size).query(nameMatches(text)), CityDocument.class)
			.hits().hits().stream().map(CityHit::of).toList();
	}

	/**
	 * The query of {@link #search}: the cities whose ASCII name matches the text, typos
	 * tolerated, every word required. The export uses it too, so that it returns what search finds.
	 */
	static Query nameMatches(String text) {
		return Query.of((q) -> q.match((m) -> m.field("asciiName").query(AsciiFolding.fold(text)).fuzziness("AUTO")
			.operator(Operator.And)));
	}

	/**
	 * The cities within {@code km} of a point, nearest first, with their distance: a
	 * {@code geo_distance} filter (no scoring) and a {@code _geo_distance} sort whose sort
	 * value is the distance in kilometres.
	 */
	public List<CityHit> near(double lat, double lon, double km, int size) throws IOException {
		GeoLocation point = GeoLocation.of((g) -> g.latlon((l) -> l.lat(lat).lon(lon)));
		return this.client
			.search((s) -> s.index(this.index).size(size)
				.query((q) -> q.bool((b) -> b.filter((f) -> f.geoDistance((d) -> d.field("location")
					.distance(km + "km").location(point)))))
				.sort((o) -> o.geoDistance((d) -> d.field("location").location(point).order(SortOrder.Asc)
					.unit(DistanceUnit.Kilometers))), CityDocument.class)
			.hits().hits().stream().map(CitySearch::withDistance).toList();
	}

	private static CityHit withDistance(Hit<CityDocument> hit) {
		double metres = Math.round(hit.sort().get(0).doubleValue() * 1000);
		return CityHit.of(hit.id(), hit.source(), metres / 1000);
	}

	/**
	 * @throws CityNotFoundException when no city has that id
	 */
	public CityHit get(String id) throws IOException {
		GetResponse<CityDocument> response = this.client.get((g) -> g.index(this.index).id(id), CityDocument.class);
		if (!response.found() || response.source() == null) {
			throw new CityNotFoundException(id);
		}
		return CityHit.of(id, response.source());
	}

	/**
	 * Adds a city and returns once it is searchable ({@code refresh=wait_for}). Its id derives
	 * from its fields, so adding the same city again overwrites it.
	 */
	public CityHit add(NewCity city) throws IOException {
		CityDocument document = city.toDocument();
		String id = CityIds.of(document);
		this.client.index((i) -> i.index(this.index).id(id).document(document).refresh(Refresh.WaitFor));
		return CityHit.of(id, document);
	}

	/**
	 * Deletes a city (one the loader put in or one added through the API) and returns once
	 * searches no longer find it ({@code refresh=wait_for}).
	 * @throws CityNotFoundException when no city has that id
	 */
	public void delete(String id) throws IOException {
		Result result = this.client.delete((d) -> d.index(this.index).id(id).refresh(Refresh.WaitFor)).result();
		if (result == Result.NotFound) {
			throw new CityNotFoundException(id);
		}
	}

}
