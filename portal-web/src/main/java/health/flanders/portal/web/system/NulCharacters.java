package health.flanders.portal.web.system;

import java.beans.PropertyEditorSupport;

import org.springframework.boot.jackson.JacksonComponent;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Text with a NUL character (U+0000) is refused where it enters, because PostgreSQL cannot store it in a text column
 * and would fail the request with a server error. In a form field it is a type mismatch, shown next to the field in
 * the reader's language ({@code typeMismatch}); in a request parameter a 400; in a JSON body an unreadable body.
 */
@ControllerAdvice
class NulCharacters {

	static boolean holdNul(String text) {
		return text != null && text.indexOf('\u0000') >= 0;
	}

	@InitBinder
	void refuseNulInText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new TextEditor());
	}

	/** Text as it came, unless it holds a NUL character. */
	private static final class TextEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			if (holdNul(text)) {
				throw new IllegalArgumentException("Text holds a NUL character");
			}
			setValue(text);
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return value == null ? "" : value.toString();
		}
	}

	/** Strings of every JSON body the portal reads. */
	@JacksonComponent
	static class JsonText extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String text = super.deserialize(parser, context);
			if (holdNul(text)) {
				throw context.weirdStringException(text, String.class, "holds a NUL character");
			}
			return text;
		}
	}
}
