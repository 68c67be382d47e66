package health.flanders.portal.matching;

import java.util.Random;

import health.flanders.portal.matching.embedding.TextEmbedder;

/** Unit vectors that stand for texts' meaning in tests: the same text, the same vector; another text, another one. */
final class TestVectors {

	private TestVectors() {
	}

	static float[] of(String text) {
		Random random = new Random(text.hashCode());
		float[] vector = new float[TextEmbedder.DIMENSIONS];
		double length = 0;
		for (int i = 0; i < vector.length; i++) {
			vector[i] = (float) random.nextGaussian();
			length += vector[i] * vector[i];
		}
		for (int i = 0; i < vector.length; i++) {
			vector[i] /= (float) Math.sqrt(length);
		}
		return vector;
	}

}
