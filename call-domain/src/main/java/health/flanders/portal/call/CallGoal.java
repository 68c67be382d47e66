package health.flanders.portal.call;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A goal of a call ({@code 1}) or one of its sub-goals ({@code 1a}); proposals address sub-goals. */
@Entity
@Table(name = "call_goals")
public class CallGoal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "call_id")
	private Call call;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private CallGoal parent;

	@Column(nullable = false, length = 8)
	private String code;

	@Column(nullable = false)
	private String title;

	@Column(name = "title_nl", nullable = false)
	private String titleNl;

	@Column(nullable = false)
	private int position;

	protected CallGoal() {
	}

	CallGoal(Call call, CallGoal parent, String code, Bilingual title, int position) {
		this.call = call;
		this.code = code;
		redefine(parent, title, position);
	}

	void redefine(CallGoal parent, Bilingual title, int position) {
		this.parent = parent;
		this.title = title.en();
		this.titleNl = title.nl();
		this.position = position;
	}

	public Long getId() {
		return id;
	}

	public CallGoal getParent() {
		return parent;
	}

	/** Whether this goal is a sub-goal of that one; compares ids so that a lazy parent is never loaded. */
	public boolean isSubGoalOf(CallGoal goal) {
		return parent != null && parent.getId() != null && parent.getId().equals(goal.getId());
	}

	public String getCode() {
		return code;
	}

	/** The English title. */
	public String getTitle() {
		return title;
	}

	public String getTitle(Locale locale) {
		return getBilingualTitle().in(locale);
	}

	public Bilingual getBilingualTitle() {
		return new Bilingual(title, titleNl);
	}

	public int getPosition() {
		return position;
	}
}
