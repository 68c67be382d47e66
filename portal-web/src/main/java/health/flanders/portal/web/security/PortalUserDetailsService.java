package health.flanders.portal.web.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.PortalUserRepository;

/** Finds the account of an e-mail address, however it was typed. */
@Service
class PortalUserDetailsService implements UserDetailsService {

	private final PortalUserRepository users;

	PortalUserDetailsService(PortalUserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		return users.findByEmail(PortalUser.normaliseEmail(email))
			.map(SignedInUser::of)
			.orElseThrow(() -> new UsernameNotFoundException("No account for this address"));
	}
}
