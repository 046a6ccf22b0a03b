import { firstRequests, sendEarly } from './adapters/http/earlyRequests';

// The entry: the session, the definitions and the first page are asked for now, while the app's JavaScript loads
// (index.html preloads it); the app then takes these answers instead of asking again.
sendEarly(firstRequests(location.hash));
void import('./main');
