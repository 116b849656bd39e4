package dict

import (
	"embed"
	"io/fs"

	"annals/actor"
	"annals/verb"
)

//go:embed actors verbs
var files embed.FS

// FS is the embedded dictionary tree.
func FS() fs.FS { return files }

// Sources returns the built-in actor and verb files.
func Sources() ([]actor.Source, []verb.Source, error) {
	as, err := actor.ReadFS(files, "actors")
	if err != nil {
		return nil, nil, err
	}
	vs, err := verb.ReadFS(files, "verbs")
	if err != nil {
		return nil, nil, err
	}
	return as, vs, nil
}
