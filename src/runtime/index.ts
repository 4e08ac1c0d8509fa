// django/__init__.py: the release the runtime follows (oracle/requirements.txt pins the same one,
// and a test holds the two together).
export const VERSION = [6, 1, 3, 'final', 0] as const;
export const __version__ = '6.1.3';
