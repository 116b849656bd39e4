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
	// positions name the file as it is in the repository: dict/verbs/x.verbs.txt:12
	for i := range as {
		as[i].Name = "dict/" + as[i].Name
	}
	for i := range vs {
		vs[i].Name = "dict/" + vs[i].Name
	}
	return as, vs, nil
}
