package health.flanders.portal.web.publications;

import java.sql.Array;
import java.sql.SQLException;

/** A text's vector as PostgreSQL keeps it: a {@code real[]} column. */
public final class StoredVector {

	private StoredVector() {
	}

	/** The parameter to bind for a {@code real[]} column. */
	public static Float[] toSql(float[] vector) {
		Float[] boxed = new Float[vector.length];
		for (int i = 0; i < vector.length; i++) {
			boxed[i] = vector[i];
		}
		return boxed;
	}

	/** The vector read from a {@code real[]} column; null for null. */
	public static float[] fromSql(Array array) throws SQLException {
		if (array == null) {
			return null;
		}
		Object values = array.getArray();
		if (values instanceof float[] floats) {
			return floats;
		}
		Object[] objects = (Object[]) values;
		float[] vector = new float[objects.length];
		for (int i = 0; i < objects.length; i++) {
			vector[i] = ((Number) objects[i]).floatValue();
		}
		return vector;
	}
}
