package com.example.consumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import org.springframework.stereotype.Service;

/** A service of the application: it only asks for the client, as the README's quick start does. */
@Service
public class BookSearch {

	private final ElasticsearchClient client;

	public BookSearch(ElasticsearchClient client) {
		this.client = client;
	}

	ElasticsearchClient client() {
		return this.client;
	}

}
