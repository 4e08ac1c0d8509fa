/** The session files the file backend writes, kept in memory: a snippet has no disk. The site's own. */
export { session_files } from '../../runtime/contrib/sessions/backends/file';
