package health.flanders.portal.matching.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * No model or data is fetched at run time: this module's tests run with the network closed to Java (the build sends
 * every HTTP, HTTPS and SOCKS connection to 127.0.0.1:9, where nothing listens, and tells DJL it is offline), and the
 * embedder still reads its model and tokenizer and embeds.
 */
class OfflineEmbeddingTests {

	@Test
	void theTestsRunWithTheNetworkClosed() {
		assertThat(System.getProperty("http.proxyHost")).isEqualTo("127.0.0.1");
		assertThat(System.getProperty("https.proxyHost")).isEqualTo("127.0.0.1");
		assertThat(System.getProperty("https.proxyPort")).isEqualTo("9");
		assertThat(System.getProperty("socksProxyHost")).isEqualTo("127.0.0.1");
		assertThat(System.getProperty("ai.djl.offline")).isEqualTo("true");

		assertThatThrownBy(() -> {
			HttpURLConnection connection = (HttpURLConnection) URI
				.create("https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2/resolve/main/model.onnx")
				.toURL()
				.openConnection();
			connection.setConnectTimeout(2_000);
			connection.connect();
		}).as("a download of the model").isInstanceOf(IOException.class);
		assertThatThrownBy(() -> {
			try (Socket socket = new Socket("huggingface.co", 443)) {
				socket.getOutputStream().write(0);
			}
		}).as("a plain socket to a model hub").isInstanceOf(IOException.class);
	}

	@Test
	void theModelLoadsAndEmbedsWithTheNetworkClosed() {
		assertThat(TextEmbedder.load()).isNotNull();

		List<float[]> vectors = new TextEmbedder().embedAll(List.of("Tumour sequencing", "Cancer genomics",
				"Knee rehabilitation"));

		assertThat(vectors).allSatisfy(vector -> assertThat(vector).hasSize(TextEmbedder.DIMENSIONS));
		assertThat(TextEmbedder.cosine(vectors.get(0), vectors.get(1)))
			.isGreaterThan(TextEmbedder.cosine(vectors.get(0), vectors.get(2)));
	}
}
