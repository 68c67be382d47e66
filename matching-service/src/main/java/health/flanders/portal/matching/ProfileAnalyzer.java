package health.flanders.portal.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * How profile and proposal texts become index terms: words lower-cased, accents folded ("génomique" is
 * "genomique"), English and Dutch stop words left out, English stems ("biomarkers" is "biomark").
 */
public final class ProfileAnalyzer extends Analyzer {

	private static final CharArraySet STOP_WORDS = stopWords();

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		StandardTokenizer tokenizer = new StandardTokenizer();
		TokenStream stream = new EnglishPossessiveFilter(tokenizer);
		stream = new LowerCaseFilter(stream);
		stream = new ASCIIFoldingFilter(stream);
		stream = new StopFilter(stream, STOP_WORDS);
		return new TokenStreamComponents(tokenizer, new PorterStemFilter(stream));
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(in));
	}

	/** The terms of a text, each with how often it occurs and the first word that gave it, in order of appearance. */
	public Map<String, TermOccurrence> terms(String text) {
		Map<String, TermOccurrence> terms = new LinkedHashMap<>();
		try (TokenStream stream = tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				String word = text.substring(offset.startOffset(), offset.endOffset());
				terms.merge(term.toString(), new TermOccurrence(word, 1),
						(known, added) -> new TermOccurrence(known.word(), known.count() + 1));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	/** A term of a text: the first word of the text that gave it, and how many times it occurs. */
	public record TermOccurrence(String word, int count) {
	}

	private static CharArraySet stopWords() {
		CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
		words.addAll(DutchAnalyzer.getDefaultStopSet());
		return CharArraySet.unmodifiableSet(words);
	}
}
