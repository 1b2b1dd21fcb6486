// Every export route file, imported once so each registers its paths (router.ts mounts them).
import './eli.route.js';
import './lists.route.js';
import './oscal.route.js';
import './open-data.route.js';
import './impact.route.js';
